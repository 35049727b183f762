stub: upstream file of 11904 bytes
