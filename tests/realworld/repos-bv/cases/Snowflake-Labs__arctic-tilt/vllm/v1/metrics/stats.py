stub: upstream file of 9386 bytes
