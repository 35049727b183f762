stub: upstream file of 3098 bytes
