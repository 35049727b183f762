stub: upstream file of 34873 bytes
