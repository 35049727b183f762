stub: upstream file of 14049 bytes
