stub: upstream file of 16002 bytes
