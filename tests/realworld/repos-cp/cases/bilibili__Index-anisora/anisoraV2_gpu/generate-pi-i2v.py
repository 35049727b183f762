stub: upstream file of 15653 bytes
