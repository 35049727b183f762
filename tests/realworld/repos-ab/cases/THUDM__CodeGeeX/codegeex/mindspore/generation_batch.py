stub: upstream file of 15630 bytes
