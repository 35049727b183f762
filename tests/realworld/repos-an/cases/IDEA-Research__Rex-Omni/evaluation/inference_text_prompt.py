stub: upstream file of 23575 bytes
