stub: upstream file of 68094 bytes
