stub: upstream file of 17032 bytes
