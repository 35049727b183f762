stub: upstream file of 9730 bytes
