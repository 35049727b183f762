stub: upstream file of 19182 bytes
