stub: upstream file of 31575 bytes
