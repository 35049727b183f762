stub: upstream file of 31547 bytes
