stub: upstream file of 48316 bytes
