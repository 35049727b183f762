stub: upstream file of 14488 bytes
