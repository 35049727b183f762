stub: upstream file of 45946 bytes
