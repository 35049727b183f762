stub: upstream file of 29458 bytes
