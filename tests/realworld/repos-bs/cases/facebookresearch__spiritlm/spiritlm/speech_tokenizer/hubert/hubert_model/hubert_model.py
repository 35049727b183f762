stub: upstream file of 23717 bytes
