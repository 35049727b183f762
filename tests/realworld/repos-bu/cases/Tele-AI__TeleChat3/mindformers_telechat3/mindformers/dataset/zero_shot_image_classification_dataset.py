stub: upstream file of 8581 bytes
