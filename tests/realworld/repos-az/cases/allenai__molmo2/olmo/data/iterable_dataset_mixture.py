stub: upstream file of 8965 bytes
