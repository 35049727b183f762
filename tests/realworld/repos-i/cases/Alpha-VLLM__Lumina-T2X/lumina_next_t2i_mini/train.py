stub: upstream file of 26417 bytes
