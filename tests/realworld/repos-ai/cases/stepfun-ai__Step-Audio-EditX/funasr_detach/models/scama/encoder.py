stub: upstream file of 29522 bytes
