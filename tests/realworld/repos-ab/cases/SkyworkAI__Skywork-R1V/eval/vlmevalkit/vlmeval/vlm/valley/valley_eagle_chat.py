stub: upstream file of 12759 bytes
