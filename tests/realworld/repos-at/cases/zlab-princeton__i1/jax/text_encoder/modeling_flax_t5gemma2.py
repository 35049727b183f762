stub: upstream file of 36970 bytes
