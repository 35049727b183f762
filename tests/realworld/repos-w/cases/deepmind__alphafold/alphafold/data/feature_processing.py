stub: upstream file of 8575 bytes
