stub: upstream file of 49949 bytes
