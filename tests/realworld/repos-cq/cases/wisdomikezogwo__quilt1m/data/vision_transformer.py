stub: upstream file of 12718 bytes
