stub: upstream file of 14103 bytes
