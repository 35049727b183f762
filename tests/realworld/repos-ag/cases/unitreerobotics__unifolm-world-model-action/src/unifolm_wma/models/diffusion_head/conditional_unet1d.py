stub: upstream file of 27854 bytes
