stub: upstream file of 8083 bytes
