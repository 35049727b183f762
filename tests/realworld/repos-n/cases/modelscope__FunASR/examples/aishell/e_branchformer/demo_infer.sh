stub: upstream symlink to ../paraformer/demo_infer.sh
