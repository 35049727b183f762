stub: upstream file of 31945 bytes
