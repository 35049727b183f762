stub: upstream file of 13904 bytes
