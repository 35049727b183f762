stub: upstream file of 13896 bytes
