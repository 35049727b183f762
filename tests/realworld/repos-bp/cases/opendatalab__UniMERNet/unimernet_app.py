stub: upstream file of 10874 bytes
