stub: upstream file of 11477 bytes
