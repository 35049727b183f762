stub: upstream file of 91944 bytes
