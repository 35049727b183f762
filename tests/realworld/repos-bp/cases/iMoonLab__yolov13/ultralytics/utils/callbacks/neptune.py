stub: upstream file of 3841 bytes
