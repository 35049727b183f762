stub: upstream file of 14538 bytes
