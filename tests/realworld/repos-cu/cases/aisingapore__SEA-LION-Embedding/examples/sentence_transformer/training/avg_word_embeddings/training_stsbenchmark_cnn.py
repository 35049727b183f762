stub: upstream file of 4511 bytes
