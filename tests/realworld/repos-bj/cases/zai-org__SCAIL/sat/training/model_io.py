stub: upstream file of 29633 bytes
