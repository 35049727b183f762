stub: upstream file of 7496 bytes
