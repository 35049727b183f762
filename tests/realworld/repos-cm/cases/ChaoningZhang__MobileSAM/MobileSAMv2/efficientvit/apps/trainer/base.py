stub: upstream file of 10761 bytes
