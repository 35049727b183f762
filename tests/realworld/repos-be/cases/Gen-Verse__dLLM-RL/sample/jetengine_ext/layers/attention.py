stub: upstream file of 3805 bytes
