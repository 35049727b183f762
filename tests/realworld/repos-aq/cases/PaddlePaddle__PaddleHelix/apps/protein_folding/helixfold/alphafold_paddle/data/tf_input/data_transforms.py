stub: upstream file of 21488 bytes
