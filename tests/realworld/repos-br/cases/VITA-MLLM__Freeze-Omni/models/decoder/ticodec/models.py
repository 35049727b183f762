stub: upstream file of 26659 bytes
