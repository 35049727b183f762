stub: upstream file of 11518 bytes
