stub: upstream file of 949 bytes
