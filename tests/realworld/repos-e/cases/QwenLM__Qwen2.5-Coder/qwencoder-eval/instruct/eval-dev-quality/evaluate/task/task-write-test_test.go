stub: upstream file of 13216 bytes
