stub: upstream file of 8723 bytes
