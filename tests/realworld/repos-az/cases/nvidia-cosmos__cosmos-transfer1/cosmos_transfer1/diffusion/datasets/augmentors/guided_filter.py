stub: upstream file of 9820 bytes
