stub: upstream file of 31911 bytes
