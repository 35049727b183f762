stub: upstream file of 19009 bytes
