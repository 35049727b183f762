stub: upstream file of 43124 bytes
